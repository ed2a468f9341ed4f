"""Import of vocabulary lists exported from teachers' dictionary tools.

Teachers upload XML exports from desktop dictionary software; each entry
becomes a flash card in the course's vocabulary deck.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from defusedxml import ElementTree as DefusedET


@dataclass
class FlashCard:
    term: str
    translation: str
    part_of_speech: Optional[str]
    example: Optional[str]


def _child_text(entry, tag: str) -> Optional[str]:
    node = entry.find(tag)
    if node is None or node.text is None:
        return None
    return node.text.strip() or None


def parse_vocabulary_export(document: bytes, max_cards: int = 2000) -> List[FlashCard]:
    root = DefusedET.fromstring(document)
    if root.tag != "vocabulary":
        raise ValueError(f"unexpected root element <{root.tag}>")
    cards: List[FlashCard] = []
    for entry in root.iter("entry"):
        term = _child_text(entry, "term")
        translation = _child_text(entry, "translation")
        if not term or not translation:
            continue
        cards.append(
            FlashCard(
                term=term,
                translation=translation,
                part_of_speech=entry.get("pos"),
                example=_child_text(entry, "example"),
            )
        )
        if len(cards) >= max_cards:
            break
    return cards


def import_into_deck(deck, document: bytes) -> int:
    cards = parse_vocabulary_export(document)
    for card in cards:
        deck.add_card(card.term, card.translation, pos=card.part_of_speech, example=card.example)
    return len(cards)
