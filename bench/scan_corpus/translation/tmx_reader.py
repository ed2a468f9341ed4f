"""Streams translation units out of client-supplied TMX files for TM import."""
from dataclasses import dataclass
from typing import Iterator

from defusedxml import ElementTree as DET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class TranslationUnit:
    variants: dict[str, str]
    created_by: str | None = None


def _seg_text(tuv) -> str:
    seg = tuv.find("seg")
    return "".join(seg.itertext()).strip() if seg is not None else ""


def iter_units(path: str) -> Iterator[TranslationUnit]:
    for event, elem in DET.iterparse(path, events=("end",)):
        if elem.tag != "tu":
            continue
        variants = {}
        for tuv in elem.findall("tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang")
            if lang:
                variants[lang] = _seg_text(tuv)
        if len(variants) >= 2:
            yield TranslationUnit(variants=variants, created_by=elem.get("creationid"))
        elem.clear()
