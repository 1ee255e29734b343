"""A chart's table as a download: CSV or XLSX, with the project's inert cells."""

from django.http import StreamingHttpResponse
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
