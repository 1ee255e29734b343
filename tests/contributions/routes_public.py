"""The public pledge pages: figures, list, a pledge, an organisation, exports, the report."""

PUBLIC = {
    "contributions:pledges",
    "contributions:list",
    "contributions:pledge",
    "contributions:organisation",
    "contributions:export",
    "contributions:report",
    "contributions:report_pdf",
}
