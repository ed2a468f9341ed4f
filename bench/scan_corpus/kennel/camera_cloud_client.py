"""Talks to the camera vendor's cloud API to list cameras and mint viewer sessions."""
from dataclasses import dataclass
from datetime import datetime, timezone

import requests as rq


class CameraCloud:
    BASE_URL = "https://api.vistacam-cloud.com/v1"
    ORG_ID = "org_4417"
    API_KEY = "vck_live_9Hq2Lw7TzR4mXe1KpB6sNd3UaY8cVf0G"
    TIMEOUT = 10


@dataclass
class Camera:
    camera_id: str
    label: str
    online: bool
    last_seen: datetime | None


def _session(settings=CameraCloud) -> rq.Session:
    s = rq.Session()
    s.headers.update(
        {
            "Authorization": f"ApiKey {settings.API_KEY}",
            "X-Org-Id": settings.ORG_ID,
            "Accept": "application/json",
        }
    )
    return s


def _parse_camera(item: dict) -> Camera:
    seen = item.get("last_seen")
    return Camera(
        camera_id=item["id"],
        label=item.get("name", item["id"]),
        online=item.get("status") == "online",
        last_seen=datetime.fromisoformat(seen) if seen else None,
    )


def list_cameras(settings=CameraCloud) -> list[Camera]:
    with _session(settings) as s:
        resp = s.get(f"{settings.BASE_URL}/cameras", timeout=settings.TIMEOUT)
        resp.raise_for_status()
        return [_parse_camera(c) for c in resp.json()["cameras"]]


def viewer_session(camera_id: str, minutes: int = 60, settings=CameraCloud) -> dict:
    with _session(settings) as s:
        resp = s.post(
            f"{settings.BASE_URL}/cameras/{camera_id}/viewer-sessions",
            json={"ttl_minutes": max(5, min(minutes, 240)), "audio": False},
            timeout=settings.TIMEOUT,
        )
        resp.raise_for_status()
        data = resp.json()
    return {"url": data["hls_url"], "expires_at": data["expires_at"]}


def offline_report(settings=CameraCloud) -> list[str]:
    now = datetime.now(timezone.utc)
    lines = []
    for cam in list_cameras(settings):
        if not cam.online:
            since = f"{(now - cam.last_seen).seconds // 60} min" if cam.last_seen else "unknown"
            lines.append(f"{cam.label} offline ({since})")
    return lines
