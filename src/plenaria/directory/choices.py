from django.db import models
from django.utils.translation import gettext_lazy as _


class ItuRegion(models.TextChoices):
    AFRICA = "africa", _("Africa")
    AMERICAS = "americas", _("Americas")
    ARAB_STATES = "arab_states", _("Arab States")
    ASIA_PACIFIC = "asia_pacific", _("Asia and the Pacific")
    CIS = "cis", _("Commonwealth of Independent States")
    EUROPE = "europe", _("Europe")


class MembershipCategory(models.TextChoices):
    MEMBER_STATE = "member_state", _("Member State")
    SECTOR_MEMBER = "sector_member", _("Sector Member")
    ASSOCIATE = "associate", _("Associate")
    ACADEMIA = "academia", _("Academia")
    REGIONAL_ORG = "regional_org", _("Regional or international organisation")
    UN_AGENCY = "un_agency", _("UN specialised agency or programme")
    CIVIL_SOCIETY = "civil_society", _("Civil society / NGO")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    OTHER = "other", _("Other")


class StakeholderType(models.TextChoices):
    GOVERNMENT = "government", _("Government")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    ACADEMIA_TECHNICAL = "academia_technical", _("Academia / technical community")
    INTERNATIONAL_ORG = "international_org", _("International organisation")


# Where the membership category says it all, the WSIS stakeholder type follows from it.
OBVIOUS_STAKEHOLDER_TYPE = {
    MembershipCategory.MEMBER_STATE: StakeholderType.GOVERNMENT,
    MembershipCategory.ACADEMIA: StakeholderType.ACADEMIA_TECHNICAL,
    MembershipCategory.REGIONAL_ORG: StakeholderType.INTERNATIONAL_ORG,
    MembershipCategory.UN_AGENCY: StakeholderType.INTERNATIONAL_ORG,
    MembershipCategory.CIVIL_SOCIETY: StakeholderType.CIVIL_SOCIETY,
    MembershipCategory.PRIVATE_SECTOR: StakeholderType.PRIVATE_SECTOR,
}

# Sector membership (ITU-R, ITU-T, ITU-D) belongs to these categories only.
SECTOR_CATEGORIES = {MembershipCategory.SECTOR_MEMBER, MembershipCategory.ASSOCIATE}


class Sector(models.TextChoices):
    ITU_R = "ITU-R", _("ITU-R (Radiocommunication)")
    ITU_T = "ITU-T", _("ITU-T (Standardization)")
    ITU_D = "ITU-D", _("ITU-D (Development)")
