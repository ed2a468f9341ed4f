"""Diagnostics upload for the console MIDI kit configuration tool.

Organists who install a MIDI upgrade kit run the desktop configuration tool.
When they raise a support ticket the tool uploads a short diagnostics bundle
to the kit vendor's support desk so staff can see which versions and options
are in use.
"""
import json
import os
import platform
from dataclasses import asdict, dataclass

import requests

SUPPORT_ENDPOINT = "https://support.registerlink-midi.com/api/tickets/{ticket}/diagnostics"

REPORTED_SETTINGS = (
    "KITCONF_VERSION",
    "KITCONF_CHANNEL",
    "KITCONF_LOCALE",
    "KITCONF_MIDI_DRIVER",
    "TZ",
)


@dataclass
class Diagnostics:
    ticket: str
    os_name: str
    os_release: str
    board_models: list[str]
    settings: dict[str, str]


def collect(ticket: str, board_models: list[str]) -> Diagnostics:
    settings = {name: os.environ[name] for name in REPORTED_SETTINGS if name in os.environ}
    return Diagnostics(
        ticket=ticket,
        os_name=platform.system(),
        os_release=platform.release(),
        board_models=sorted(board_models),
        settings=settings,
    )


def upload(diag: Diagnostics, contact_email: str) -> bool:
    url = SUPPORT_ENDPOINT.format(ticket=diag.ticket)
    body = {"contact": contact_email, "diagnostics": asdict(diag)}
    resp = requests.post(
        url,
        data=json.dumps(body),
        headers={"Content-Type": "application/json"},
        timeout=15,
    )
    return resp.status_code in (200, 201, 202)


def run(ticket: str, board_models: list[str], contact_email: str) -> None:
    diag = collect(ticket, board_models)
    if upload(diag, contact_email):
        print(f"Diagnostics attached to ticket {ticket}.")
    else:
        print("Upload failed; please email the support desk instead.")
