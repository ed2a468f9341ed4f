"""Reads UPnP device descriptions for media renderers found on the LAN."""
from __future__ import annotations

from dataclasses import dataclass, field

import requests
from lxml import etree

NS = {"d": "urn:schemas-upnp-org:device-1-0"}


@dataclass
class UpnpDevice:
    location: str
    friendly_name: str
    manufacturer: str
    model_name: str
    udn: str
    services: list[str] = field(default_factory=list)


class UpnpDescriptionReader:
    def __init__(self, timeout: float = 4.0) -> None:
        self.timeout = timeout
        self._parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)

    def fetch(self, location: str) -> UpnpDevice:
        resp = requests.get(location, timeout=self.timeout)
        resp.raise_for_status()
        root = etree.fromstring(resp.content, parser=self._parser)
        device = root.find("d:device", NS)
        if device is None:
            raise ValueError(f"no <device> element in description at {location}")
        return UpnpDevice(
            location=location,
            friendly_name=device.findtext("d:friendlyName", "", NS),
            manufacturer=device.findtext("d:manufacturer", "", NS),
            model_name=device.findtext("d:modelName", "", NS),
            udn=device.findtext("d:UDN", "", NS),
            services=[
                s.findtext("d:serviceType", "", NS)
                for s in device.iterfind("d:serviceList/d:service", NS)
            ],
        )
