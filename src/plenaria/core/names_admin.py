"""Admin lists of people: searched whatever the accents and the case, read in the order of
the reader's language (see ``core.names`` and ``core.collation``)."""

from plenaria.core import names
from plenaria.core.collation import by_name


class PeopleAdmin:
    """Mixed into a ``ModelAdmin``: ``name_fields`` are the names, most significant first."""

    name_fields: tuple[str, ...] = ()

    def get_ordering(self, request):
        return [*by_name(*self.name_fields), "pk"]

    def get_search_results(self, request, queryset, search_term):
        found, duplicates = super().get_search_results(request, queryset, search_term)
        by_names = names.all_words(search_term, *self.name_fields)
        if by_names is not None:
            # The admin's own search (e-mail, organisation) or every word in a name.
            found = found | queryset.filter(by_names)
        return found, duplicates
