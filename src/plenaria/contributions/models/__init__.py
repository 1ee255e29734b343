from plenaria.contributions.models.campaigns import Campaign
from plenaria.contributions.models.pledges import Pledge, PledgeComment, PledgerAccess, PledgeRegion
from plenaria.contributions.models.progress import ProgressReport, ProgressRequest
from plenaria.contributions.models.reference import (
    BeneficiaryGroup,
    ExchangeRate,
    FocusArea,
    Pillar,
    Sdg,
)

__all__ = [
    "BeneficiaryGroup",
    "Campaign",
    "ExchangeRate",
    "FocusArea",
    "Pillar",
    "Pledge",
    "PledgeComment",
    "PledgeRegion",
    "PledgerAccess",
    "ProgressReport",
    "ProgressRequest",
    "Sdg",
]
