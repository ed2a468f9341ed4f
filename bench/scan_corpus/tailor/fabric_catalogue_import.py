"""Imports cloth catalogues published by mills and merchants.

Suppliers expose an XML catalogue of bunches (cloth ranges) and the
individual cloths in each: reference, composition, weight in g/m and the
trade price per metre. Several mills ship a DTD that defines entities for
their composition codes, so the DTD is loaded when parsing.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import requests
from lxml import etree

log = logging.getLogger(__name__)

PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "remove_blank_text": True,
    "huge_tree": False,
}


@dataclass
class Cloth:
    supplier: str
    bunch: str
    reference: str
    composition: str
    weight_gsm: int
    price_per_metre: Decimal


def fetch_catalogue(url: str, timeout: float = 30.0) -> bytes:
    resp = requests.get(url, timeout=timeout, headers={"Accept": "application/xml"})
    resp.raise_for_status()
    return resp.content


def parse_catalogue(supplier: str, xml_bytes: bytes) -> list[Cloth]:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    root = etree.fromstring(xml_bytes, parser)
    cloths = []
    for bunch in root.iterfind("bunch"):
        bunch_code = bunch.get("code", "")
        for el in bunch.iterfind("cloth"):
            cloths.append(
                Cloth(
                    supplier=supplier,
                    bunch=bunch_code,
                    reference=el.findtext("ref", "").strip(),
                    composition=el.findtext("composition", "").strip(),
                    weight_gsm=int(el.findtext("weight", "0")),
                    price_per_metre=Decimal(el.findtext("price", "0")),
                )
            )
    return cloths


def import_supplier(supplier: str, url: str) -> list[Cloth]:
    cloths = parse_catalogue(supplier, fetch_catalogue(url))
    log.info("imported %d cloths from %s", len(cloths), supplier)
    return cloths
