"""A chart's table as a download: CSV or XLSX, with the project's inert cells."""

from django.http import Http404, StreamingHttpResponse
from django.utils.text import slugify

from plenaria.core.charts import table
from plenaria.core.csv_cells import csv_lines
from plenaria.core.xlsx import stream_workbook

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def download(chart, file_format: str, stem: str) -> StreamingHttpResponse:
    """``chart``'s table as ``<stem>-<chart name>.<format>``; ``file_format`` is one of
    FORMATS (the view answers 404 for another)."""
    header, rows = table(chart)
    if file_format == "xlsx":
        content = stream_workbook(chart.title, header, rows)
    else:
        content = csv_lines(header, rows)
    response = StreamingHttpResponse(content, content_type=FORMATS[file_format])
    filename = f"{slugify(stem)}-{chart.name}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def asked(request, charts, stem: str) -> StreamingHttpResponse | None:
    """The download a page is asked for with ``?export=<chart name>&format=csv|xlsx`` among
    ``charts``; None when the page itself is asked for. An unknown chart or format is 404."""
    wanted = request.GET.get("export")
    if wanted is None:
        return None
    chart = next((chart for chart in charts if chart.name == wanted), None)
    file_format = request.GET.get("format", "csv")
    if chart is None or file_format not in FORMATS:
        raise Http404
    return download(chart, file_format, stem)


def page_query(request) -> str:
    """The page's own query, without the export parameters: the base of its export links."""
    kept = request.GET.copy()
    for key in ("export", "format"):
        kept.pop(key, None)
    return kept.urlencode()
