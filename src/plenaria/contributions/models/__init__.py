from plenaria.contributions.models.activities import (
    Activity,
    ActivityCall,
    ActivityComment,
    ActivityOutcome,
    OutcomePhoto,
)
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
    "Activity",
    "ActivityCall",
    "ActivityComment",
    "ActivityOutcome",
    "BeneficiaryGroup",
    "Campaign",
    "ExchangeRate",
    "FocusArea",
    "OutcomePhoto",
    "Pillar",
    "Pledge",
    "PledgeComment",
    "PledgeRegion",
    "PledgerAccess",
    "ProgressReport",
    "ProgressRequest",
    "Sdg",
]
