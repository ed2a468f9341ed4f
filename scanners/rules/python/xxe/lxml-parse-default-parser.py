from pathlib import Path

from flask import request
from lxml import etree, objectify

TEMPLATE = "<root/>"


def upload():
    # ruleid: lxml-parse-default-parser
    root = etree.fromstring(request.data)
    return root.tag


def import_file(path):
    # ruleid: lxml-parse-default-parser
    return etree.parse(path).getroot()


def xml_literal_fn(body):
    # ruleid: lxml-parse-default-parser
    return etree.XML(body)


def objectified(body):
    # ruleid: lxml-parse-default-parser
    return objectify.fromstring(body)


def parser_without_option(body):
    parser = etree.XMLParser(remove_blank_text=True)
    # ruleid: lxml-parse-default-parser
    return etree.fromstring(body, parser)


def inline_parser(body):
    # ruleid: lxml-parse-default-parser
    return etree.fromstring(body, parser=etree.XMLParser(recover=True))


# ---- secure near-misses ----


def upload_safe():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: lxml-parse-default-parser
    root = etree.fromstring(request.data, parser)
    return root.tag


def inline_safe(body):
    # ok: lxml-parse-default-parser
    return etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False))


def constant():
    # ok: lxml-parse-default-parser
    return etree.fromstring(TEMPLATE)


def roundtrip(root):
    # ok: lxml-parse-default-parser
    return etree.fromstring(etree.tostring(root))


def unsafe_parser_reported_elsewhere(body):
    parser = etree.XMLParser(resolve_entities=True)
    # ok: lxml-parse-default-parser
    return etree.fromstring(body, parser)


SCHEMA_PATH = Path(__file__).with_name("schemas") / "onix.xsd"


def load_schema():
    # ok: lxml-parse-default-parser
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))


def load_upload(upload_path):
    # ruleid: lxml-parse-default-parser
    return etree.parse(str(upload_path))


def load_schema_file():
    with open(SCHEMA_PATH, "rb") as fh:
        # ok: lxml-parse-default-parser
        return etree.XMLSchema(etree.parse(fh))


def load_upload_file(upload_path):
    with open(upload_path, "rb") as fh:
        # ruleid: lxml-parse-default-parser
        return etree.parse(fh)


PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False)
LOOSE_OPTIONS = dict(recover=True, huge_tree=False)


def parse_validated(payload):
    parser = etree.XMLParser(**PARSER_OPTIONS)
    # ok: lxml-parse-default-parser
    return etree.fromstring(payload, parser=parser)


def parse_loose(payload):
    parser = etree.XMLParser(**LOOSE_OPTIONS)
    # ruleid: lxml-parse-default-parser
    return etree.fromstring(payload, parser=parser)
