"""Loads saleroom layout files (seat blocks, phone desk positions, screens).

Layouts are exported by the events team from their planning tool and
uploaded through the admin before each sale.
"""

from dataclasses import dataclass

from yaml import SafeLoader as _LayoutLoader
from yaml import load as load_yaml


@dataclass
class PhoneDesk:
    position: int
    lines: int
    languages: list[str]


@dataclass
class SaleroomLayout:
    room: str
    seats: int
    phone_desks: list[PhoneDesk]
    screens: list[str]


class LayoutError(ValueError):
    pass


def load_layout(uploaded_file) -> SaleroomLayout:
    document = load_yaml(uploaded_file.read(), Loader=_LayoutLoader)
    if not isinstance(document, dict) or "room" not in document:
        raise LayoutError("layout must define a room")

    desks = [
        PhoneDesk(
            position=int(d["position"]),
            lines=int(d.get("lines", 1)),
            languages=[str(lang) for lang in d.get("languages", ["en"])],
        )
        for d in document.get("phone_desks", [])
    ]
    return SaleroomLayout(
        room=str(document["room"]),
        seats=int(document.get("seats", 0)),
        phone_desks=desks,
        screens=[str(s) for s in document.get("screens", [])],
    )
