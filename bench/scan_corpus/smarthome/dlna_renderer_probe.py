"""Discovers DLNA renderers' capabilities from their UPnP device description."""
from __future__ import annotations

from dataclasses import dataclass, field

import httpx
from defusedxml import ElementTree as DET

NS = {"d": "urn:schemas-upnp-org:device-1-0"}
AV_TRANSPORT = "urn:schemas-upnp-org:service:AVTransport:1"


@dataclass
class Renderer:
    udn: str
    name: str
    control_urls: dict[str, str] = field(default_factory=dict)

    @property
    def can_play(self) -> bool:
        return AV_TRANSPORT in self.control_urls


class RendererProbe:
    def __init__(self, client: httpx.Client | None = None) -> None:
        self._client = client or httpx.Client(timeout=4.0)

    def describe(self, location: str) -> Renderer:
        resp = self._client.get(location)
        resp.raise_for_status()
        root = DET.fromstring(resp.content)
        device = root.find("d:device", NS)
        if device is None:
            raise ValueError("description has no device element")
        controls = {}
        for service in device.iterfind("d:serviceList/d:service", NS):
            controls[service.findtext("d:serviceType", "", NS)] = service.findtext(
                "d:controlURL", "", NS
            )
        return Renderer(
            udn=device.findtext("d:UDN", "", NS),
            name=device.findtext("d:friendlyName", "", NS),
            control_urls=controls,
        )
