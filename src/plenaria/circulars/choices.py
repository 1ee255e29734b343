from django.db import models
from django.utils.translation import gettext_lazy as _


class LetterStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ISSUED = "issued", _("Issued")
    SUPERSEDED = "superseded", _("Superseded")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Letters the public may read: once issued, a letter stays in the archive whatever follows.
PUBLIC_STATUSES = [LetterStatus.ISSUED, LetterStatus.SUPERSEDED, LetterStatus.WITHDRAWN]


class AddresseeCategory(models.TextChoices):
    """Who a letter is addressed to: ITU membership categories or WSIS stakeholder groups."""

    MEMBER_STATES = "member_states", _("Member States")
    SECTOR_MEMBERS = "sector_members", _("Sector Members")
    SECTOR_MEMBERS_ITU_R = "sector_members_itu_r", _("ITU-R Sector Members")
    SECTOR_MEMBERS_ITU_T = "sector_members_itu_t", _("ITU-T Sector Members")
    SECTOR_MEMBERS_ITU_D = "sector_members_itu_d", _("ITU-D Sector Members")
    ASSOCIATES = "associates", _("Associates")
    ACADEMIA = "academia", _("Academia participating in the work of ITU")
    REGIONAL_ORGS = "regional_orgs", _("Regional and international organisations")
    UN_AGENCIES = "un_agencies", _("Specialized agencies of the United Nations")
    WSIS_GOVERNMENTS = "wsis_governments", _("Governments")
    WSIS_PRIVATE_SECTOR = "wsis_private_sector", _("Private sector")
    WSIS_CIVIL_SOCIETY = "wsis_civil_society", _("Civil society")
    WSIS_ACADEMIA_TECHNICAL = "wsis_academia_technical", _("Academia / technical community")
    WSIS_INTERNATIONAL_ORGS = "wsis_international_orgs", _("International organizations")


class RelationKind(models.TextChoices):
    """How a letter relates to an earlier one ("Suite à…", "En complément de…")."""

    FOLLOWS = "follows", _("follows")
    COMPLEMENTS = "complements", _("complements")
    AMENDS = "amends", _("amends")
    SUPERSEDES = "supersedes", _("supersedes")


class DeliveryState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    RETRYING = "retrying", _("Retrying")
    FAILED = "failed", _("Failed")
    BOUNCED = "bounced", _("Bounced")
    # The worker stopped while the mail was with the mail server: it may or may not have
    # left. It is never resent on its own, so nobody gets a second copy; a person checks.
    UNCERTAIN = "uncertain", _("Interrupted while sending")
