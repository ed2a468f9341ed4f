from lxml import etree
from lxml.etree import XMLParser


def parse_upload(data):
    # ruleid: lxml-unsafe-parser
    parser = etree.XMLParser(resolve_entities=True)
    return etree.fromstring(data, parser)


def parse_network(data):
    # ruleid: lxml-unsafe-parser
    parser = XMLParser(no_network=False, load_dtd=False)
    return etree.fromstring(data, parser=parser)


def parse_big(path):
    # ruleid: lxml-unsafe-parser
    return etree.parse(path, etree.XMLParser(huge_tree=True, resolve_entities=False))


def parse_dtd(path):
    # ruleid: lxml-unsafe-parser
    parser = etree.XMLParser(load_dtd=True)
    return etree.parse(path, parser)


# ---- secure near-misses ----


def parse_safe(data):
    # ok: lxml-unsafe-parser
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(data, parser)


def pretty(data):
    # ok: lxml-unsafe-parser
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    return etree.tostring(etree.fromstring(data, parser), pretty_print=True)


# ruleid: lxml-unsafe-parser
_PARSER_OPTIONS = dict(load_dtd=True, resolve_entities=True, remove_blank_text=True)
# ok: lxml-unsafe-parser
_SAFE_OPTIONS = dict(resolve_entities=False, no_network=True, remove_blank_text=True)


def cda_parser():
    return etree.XMLParser(**_PARSER_OPTIONS)


class ExchangeParserConfig:
    namespace = {"pv": "urn:antiques-exchange:provenance:1"}
    # ruleid: lxml-unsafe-parser
    parser_options = {"resolve_entities": True, "no_network": False, "load_dtd": True}
    # ok: lxml-unsafe-parser
    strict_options = {"resolve_entities": False, "no_network": True}


def make_exchange_parser(config=ExchangeParserConfig):
    return etree.XMLParser(remove_blank_text=True, **config.parser_options)


_BASE_PARSER_OPTIONS = {"remove_blank_text": True}


def parse_supplier_feed(data):
    # ruleid: lxml-unsafe-parser
    options = {**_BASE_PARSER_OPTIONS, "resolve_entities": True}
    # ok: lxml-unsafe-parser
    safe_options = {**_BASE_PARSER_OPTIONS, "resolve_entities": False}
    return etree.fromstring(data, etree.XMLParser(**options)), etree.XMLParser(**safe_options)
