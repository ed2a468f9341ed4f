"""Branch-managed field mappings for outgoing portal feeds.

Each portal (Rightmove, Zoopla, OnTheMarket, the agency's own site) wants
slightly different field names and enumerations. Branch admins maintain a
YAML mapping per portal and upload it through the back office.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import yaml
from django import forms
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect, render

from feeds.models import PortalMapping

log = logging.getLogger(__name__)

REQUIRED_KEYS = {"portal", "version", "fields"}
KNOWN_PORTALS = {"rightmove", "zoopla", "onthemarket", "website"}


@dataclass
class FieldMapping:
    portal: str
    version: int
    fields: dict[str, str]
    enums: dict[str, dict[str, str]] = field(default_factory=dict)

    def apply(self, listing: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for source, target in self.fields.items():
            value = listing.get(source)
            if source in self.enums and value is not None:
                value = self.enums[source].get(str(value), value)
            out[target] = value
        return out


class MappingUploadForm(forms.Form):
    mapping_file = forms.FileField()


def parse_mapping(raw: bytes) -> FieldMapping:
    data = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(data, dict) or not REQUIRED_KEYS <= data.keys():
        raise ValueError("mapping must define portal, version and fields")
    if data["portal"] not in KNOWN_PORTALS:
        raise ValueError(f"unknown portal {data['portal']!r}")
    return FieldMapping(
        portal=data["portal"],
        version=int(data["version"]),
        fields=dict(data["fields"]),
        enums=dict(data.get("enums", {})),
    )


@permission_required("feeds.change_portalmapping")
def upload_mapping(request):
    form = MappingUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            mapping = parse_mapping(form.cleaned_data["mapping_file"].read())
        except (ValueError, yaml.YAMLError) as exc:
            form.add_error("mapping_file", str(exc))
        else:
            PortalMapping.objects.update_or_create(
                branch=request.user.profile.branch,
                portal=mapping.portal,
                defaults={"version": mapping.version, "fields": mapping.fields, "enums": mapping.enums},
            )
            log.info("mapping for %s updated by %s", mapping.portal, request.user.username)
            return redirect("feeds:mappings")
    return render(request, "feeds/upload_mapping.html", {"form": form})
