"""Read the imsmanifest.xml of an IMS Common Cartridge upload."""
import zipfile
from dataclasses import dataclass, field

from lxml import etree

CC_NS = {
    "ims": "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1",
    "lom": "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest",
}
MAX_MANIFEST_BYTES = 5 * 1024 * 1024

_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    remove_blank_text=True,
)


@dataclass
class CartridgeResource:
    identifier: str
    type: str
    href: str | None
    files: list[str] = field(default_factory=list)


def read_manifest(cartridge_path: str) -> tuple[str, list[CartridgeResource]]:
    with zipfile.ZipFile(cartridge_path) as zf:
        info = zf.getinfo("imsmanifest.xml")
        if info.file_size > MAX_MANIFEST_BYTES:
            raise ValueError("manifest too large")
        root = etree.fromstring(zf.read(info), _PARSER)

    title = root.findtext(".//lom:general/lom:title/lom:string", default="Untitled course", namespaces=CC_NS)
    resources = []
    for res in root.iterfind(".//ims:resources/ims:resource", CC_NS):
        resources.append(
            CartridgeResource(
                identifier=res.get("identifier", ""),
                type=res.get("type", ""),
                href=res.get("href"),
                files=[f.get("href") for f in res.iterfind("ims:file", CC_NS)],
            )
        )
    return title.strip(), resources
