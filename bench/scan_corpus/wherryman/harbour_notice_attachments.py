"""Fetches chart extracts and drawings attached to harbour notices.

The harbour authority's notice API lists attachments with the filename
chosen by whoever uploaded them at the authority; we mirror them
locally so skippers can read them offline on the wheelhouse tablet.
"""
import logging
import os

import requests

from wherryman.settings import settings

log = logging.getLogger(__name__)

ATTACH_DIR = settings.NOTICE_ATTACHMENT_DIR


def _target_for(filename: str) -> str:
    root = os.path.realpath(ATTACH_DIR)
    candidate = os.path.realpath(os.path.join(root, filename))
    if os.path.commonpath([root, candidate]) != root:
        raise ValueError(f"attachment name escapes store: {filename!r}")
    return candidate


def mirror_attachments(session: requests.Session, notice_id: str) -> list:
    resp = session.get(f"{settings.HARBOUR_API_URL}/notices/{notice_id}/attachments", timeout=20)
    resp.raise_for_status()
    saved = []
    for item in resp.json()["attachments"]:
        try:
            target = _target_for(item["filename"])
        except ValueError:
            log.warning("skipping attachment %s on notice %s", item.get("id"), notice_id)
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with session.get(item["download_url"], stream=True, timeout=60) as dl:
            dl.raise_for_status()
            with open(target, "wb") as fh:
                for chunk in dl.iter_content(chunk_size=65536):
                    fh.write(chunk)
        saved.append(target)
    return saved
