"""``{% chart chart export_url %}``: a chart drawn as SVG with its table beside it, and links
to download the table when ``export_url`` (the page's address to which ``export=<name>&
format=csv|xlsx`` is added) is given."""

from django import template
from django.template.loader import render_to_string

from plenaria.core.charts import table

register = template.Library()


@register.simple_tag(takes_context=True)
def chart(context, chart, export_url=""):
    header, rows = table(chart)
    separator = "&" if "?" in export_url else "?"
    return render_to_string(
        "core/charts/figure.html",
        {
            "chart": chart,
            "header": header,
            "rows": rows,
            "export": f"{export_url}{separator}export={chart.name}" if export_url else "",
        },
        request=context.get("request"),
    )
