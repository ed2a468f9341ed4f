"""Local on-disk cache for NOTAM bulletins pulled from the briefing service."""
import json
import os
import tempfile
import time
from pathlib import Path

import requests

CACHE_DIR = Path(os.environ.get("NOTAM_CACHE_DIR", "/var/cache/flightops/notam"))
MAX_AGE_S = 15 * 60


class NotamCache:
    def __init__(self, base_url: str, cache_dir: Path = CACHE_DIR, session=None):
        self.base_url = base_url.rstrip("/")
        self.cache_dir = cache_dir
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self.session = session or requests.Session()

    def _path_for(self, icao: str) -> Path:
        if not (len(icao) == 4 and icao.isascii() and icao.isalpha()):
            raise ValueError(f"not an ICAO location indicator: {icao!r}")
        return self.cache_dir / f"{icao.upper()}.json"

    def _write_atomic(self, target: Path, payload: dict) -> None:
        # write next to the target so os.replace stays on one filesystem
        fd, tmp_name = tempfile.mkstemp(dir=self.cache_dir, prefix=".notam-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w") as fh:
                json.dump(payload, fh)
            os.replace(tmp_name, target)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def get(self, icao: str) -> dict:
        target = self._path_for(icao)
        if target.exists() and time.time() - target.stat().st_mtime < MAX_AGE_S:
            return json.loads(target.read_text())

        resp = self.session.get(
            f"{self.base_url}/notams",
            params={"location": icao.upper()},
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._write_atomic(target, payload)
        return payload

    def purge(self) -> int:
        removed = 0
        for path in self.cache_dir.glob("*.json"):
            if time.time() - path.stat().st_mtime > MAX_AGE_S:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
