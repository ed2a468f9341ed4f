import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax
from xml.dom import minidom, pulldom
from xml.etree.ElementTree import fromstring, parse

import defusedxml.ElementTree as DET
from defusedxml.minidom import parseString as safe_parse_string
from flask import request

DEFAULTS_XML = "<config><debug>false</debug></config>"


def upload():
    # ruleid: xml-stdlib-parser-untrusted
    root = ET.fromstring(request.data)
    return root.tag


def import_feed(path):
    # ruleid: xml-stdlib-parser-untrusted
    tree = ET.parse(path)
    return tree.getroot()


def from_import(body):
    # ruleid: xml-stdlib-parser-untrusted
    return fromstring(body)


def dom(body):
    # ruleid: xml-stdlib-parser-untrusted
    doc = minidom.parseString(body)
    return doc.documentElement


def dom_full(fh):
    # ruleid: xml-stdlib-parser-untrusted
    return xml.dom.minidom.parse(fh)


def sax(stream, handler):
    # ruleid: xml-stdlib-parser-untrusted
    xml.sax.parseString(stream, handler)


def pull(stream):
    # ruleid: xml-stdlib-parser-untrusted
    events = pulldom.parseString(stream)
    return events


def iter_items(fh):
    # ruleid: xml-stdlib-parser-untrusted
    for _event, elem in ET.iterparse(fh):
        yield elem


# ---- secure near-misses ----


def upload_safe():
    # ok: xml-stdlib-parser-untrusted
    root = DET.fromstring(request.data)
    return root.tag


def dom_safe(body):
    # ok: xml-stdlib-parser-untrusted
    return safe_parse_string(body)


def defaults():
    # ok: xml-stdlib-parser-untrusted
    return ET.fromstring(DEFAULTS_XML)


def pretty(root):
    # ok: xml-stdlib-parser-untrusted
    return minidom.parseString(ET.tostring(root)).toprettyxml(indent="  ")


def build():
    root = ET.Element("items")
    # ok: xml-stdlib-parser-untrusted
    ET.SubElement(root, "item").text = "x"
    return ET.tostring(root)


def literal():
    # ok: xml-stdlib-parser-untrusted
    return ET.fromstring("<ping/>")
