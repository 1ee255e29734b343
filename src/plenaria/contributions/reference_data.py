"""Load the coalition's vocabularies: once by migration, again by tests that empty tables."""

from plenaria.contributions.data import vocabulary as data


def load_vocabulary(models_of) -> None:
    """``models_of(name)`` gives a model class: the app registry's, or a migration's."""
    focus_area, pillar = models_of("FocusArea"), models_of("Pillar")
    group, sdg = models_of("BeneficiaryGroup"), models_of("Sdg")
    areas = {}
    for order, (code, name, summary) in enumerate(data.FOCUS_AREAS):
        areas[code], _created = focus_area.objects.update_or_create(
            code=code, defaults={"name": name, "summary": summary, "order": order}
        )
    for order, (code, area, name) in enumerate(data.PILLARS):
        pillar.objects.update_or_create(
            code=code, defaults={"name": name, "focus_area": areas[area], "order": order}
        )
    for order, (code, name) in enumerate(data.BENEFICIARY_GROUPS):
        group.objects.update_or_create(code=code, defaults={"name": name, "order": order})
    for number, name in data.SDGS:
        sdg.objects.update_or_create(number=number, defaults={"name": name})


def load_current() -> None:
    from django.apps import apps

    load_vocabulary(lambda name: apps.get_model("contributions", name))
