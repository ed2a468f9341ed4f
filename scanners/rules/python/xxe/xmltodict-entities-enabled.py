import xmltodict
from xmltodict import parse


def to_dict(body):
    # ruleid: xmltodict-entities-enabled
    return xmltodict.parse(body, disable_entities=False)


def to_dict_alias(body):
    # ruleid: xmltodict-entities-enabled
    return parse(body, process_namespaces=True, disable_entities=False)


def to_dict_safe(body):
    # ok: xmltodict-entities-enabled
    return xmltodict.parse(body)


def to_dict_explicit(body):
    # ok: xmltodict-entities-enabled
    return xmltodict.parse(body, disable_entities=True)
