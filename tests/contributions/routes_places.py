"""The world map, country and campaign pages."""

PUBLIC = {
    "contributions:map",
    "contributions:map_data",
    "contributions:country",
    "contributions:campaigns",
    "contributions:campaign",
}
SECRETARIAT = {
    "contributions:campaigns_manage",
    "contributions:campaign_new",
    "contributions:campaign_edit",
}
ARGUMENTS = {"code": "RW"}
