"""Model instances read with plain SQL, for the few reads a registration rush runs thousands of
times a second: there the ORM's building of a query costs several times the query itself.

``columns`` names a model's columns for a SELECT; ``instance`` turns the values read back into
a model instance, through the same converters the ORM applies (JSON, dates on SQLite, …).
"""

from functools import cache

from django.db import DEFAULT_DB_ALIAS, connections


@cache
def _readers(model, using: str) -> tuple[list[str], list]:
    """The attribute names of the model's columns, and each column's converters."""
    connection = connections[using]
    names, converters = [], []
    for field in model._meta.concrete_fields:
        column = field.get_col(model._meta.db_table)
        functions = connection.ops.get_db_converters(column) + field.get_db_converters(connection)
        names.append(field.attname)
        converters.append((column, functions))
    return names, converters


@cache
def columns(model, alias: str, using: str = DEFAULT_DB_ALIAS) -> str:
    """The model's columns, in the order ``instance`` reads them, from the table ``alias``."""
    quote = connections[using].ops.quote_name
    return ", ".join(f"{alias}.{quote(field.column)}" for field in model._meta.concrete_fields)


def width(model) -> int:
    """How many values of a row ``columns`` selects."""
    return len(model._meta.concrete_fields)


def instance(model, values, using: str = DEFAULT_DB_ALIAS):
    """The model instance of ``values``, as selected by ``columns``."""
    connection = connections[using]
    names, converters = _readers(model, using)
    converted = []
    for value, (column, functions) in zip(values, converters, strict=True):
        for function in functions:
            value = function(value, column, connection)
        converted.append(value)
    return model.from_db(using, names, converted)
