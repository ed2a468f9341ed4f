"""Imports family trees that clients export from genealogy software as
GEDCOM X XML, to seed a descent-from-armiger research request."""
from dataclasses import dataclass, field

from defusedxml import ElementTree as DefusedET

NS = {"gx": "http://gedcomx.org/v1/"}
MAX_BYTES = 8 * 1024 * 1024


@dataclass
class Person:
    pid: str
    name: str
    birth: str | None = None
    death: str | None = None


@dataclass
class FamilyTree:
    persons: dict[str, Person] = field(default_factory=dict)
    parent_of: list[tuple[str, str]] = field(default_factory=list)

    def ancestors(self, pid: str) -> list[Person]:
        parents = [p for p, c in self.parent_of if c == pid]
        found = [self.persons[p] for p in parents if p in self.persons]
        for p in parents:
            found.extend(self.ancestors(p))
        return found


def _fact(person_el, kind: str) -> str | None:
    for fact in person_el.findall("gx:fact", NS):
        if fact.get("type", "").endswith(kind):
            date = fact.find("gx:date/gx:original", NS)
            return date.text if date is not None else None
    return None


def parse_gedcomx(data: bytes) -> FamilyTree:
    if len(data) > MAX_BYTES:
        raise ValueError("family tree export is too large")
    root = DefusedET.fromstring(data)
    tree = FamilyTree()
    for el in root.findall("gx:person", NS):
        name_el = el.find("gx:name/gx:nameForm/gx:fullText", NS)
        pid = el.get("id")
        tree.persons[pid] = Person(pid, name_el.text if name_el is not None else "?",
                                   _fact(el, "Birth"), _fact(el, "Death"))
    for rel in root.findall("gx:relationship", NS):
        if rel.get("type", "").endswith("ParentChild"):
            parent = rel.find("gx:person1", NS).get("resource", "").lstrip("#")
            child = rel.find("gx:person2", NS).get("resource", "").lstrip("#")
            tree.parent_of.append((parent, child))
    return tree
