"""Schema validation for e-closing XML documents received from lenders."""
import os
from functools import lru_cache

from lxml import etree

SCHEMA_PATH = os.environ.get("MISMO_XSD", "/opt/notary/schemas/MISMO_3.4.xsd")

PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
)


class ValidationFailed(ValueError):
    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors[:5]))
        self.errors = errors


@lru_cache(maxsize=1)
def _schema() -> etree.XMLSchema:
    with open(SCHEMA_PATH, "rb") as fh:
        return etree.XMLSchema(etree.parse(fh))


def parse_and_validate(payload: bytes) -> etree._Element:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    root = etree.fromstring(payload, parser=parser)
    schema = _schema()
    if not schema.validate(root):
        raise ValidationFailed([f"line {e.line}: {e.message}" for e in schema.error_log])
    return root
