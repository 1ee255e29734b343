"""Agenda numbering in the organisation's style, computed from the order of the items.

Parts are I, II, III; the items within them run 1, 2 … 14 through all the parts; their
sub-items are a), b), c); anything deeper is i), ii), iii). Nobody types a number.
"""

from dataclasses import dataclass, field

ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]  # fmt: skip


def roman(number: int) -> str:
    out = []
    for value, letters in ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def letters(number: int) -> str:
    """1 → a, 26 → z, 27 → aa."""
    out = ""
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


@dataclass
class NumberedItem:
    item: object
    number: str
    depth: int
    children: list = field(default_factory=list)

    @property
    def label(self) -> str:
        """The number as printed: "II", "10)", "b)"."""
        return self.number if self.depth == 0 else f"{self.number})"


def number_tree(items) -> list[NumberedItem]:
    """The agenda as a tree of numbered items, from the items of one event in any order."""
    by_parent: dict[int | None, list] = {}
    for item in items:
        by_parent.setdefault(item.parent_id, []).append(item)
    for siblings in by_parent.values():
        siblings.sort(key=lambda item: (item.position, item.pk))
    running = 0  # items at depth 1 are numbered through all the parts

    def build(parent_id, depth) -> list[NumberedItem]:
        nonlocal running
        nodes = []
        for index, item in enumerate(by_parent.get(parent_id, []), start=1):
            if depth == 0:
                number = roman(index)
            elif depth == 1:
                running += 1
                number = str(running)
            elif depth == 2:
                number = letters(index)
            else:
                number = roman(index).lower()
            node = NumberedItem(item, number, depth)
            node.children = build(item.pk, depth + 1)
            nodes.append(node)
        return nodes

    return build(None, 0)


def flatten(nodes: list[NumberedItem]) -> list[NumberedItem]:
    out = []
    for node in nodes:
        out.append(node)
        out.extend(flatten(node.children))
    return out
