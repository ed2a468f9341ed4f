"""Admin API for the lyric cache on each venue's media server.

Lyric files are pre-rendered into a local cache; support staff can list the
cache and evict entries that were rendered from a bad source file.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException

from karaoke.api.auth import require_support_staff

log = logging.getLogger(__name__)
app = FastAPI()


class LyricCache:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def entries(self) -> list[dict]:
        out = []
        for p in sorted(self.root.rglob("*")):
            if p.is_file():
                st = p.stat()
                out.append(
                    {
                        "name": str(p.relative_to(self.root)),
                        "bytes": st.st_size,
                        "modified": datetime.fromtimestamp(st.st_mtime, timezone.utc).isoformat(),
                    }
                )
        return out

    def evict(self, name: str) -> bool:
        target = self.root / name
        if not target.is_file():
            return False
        target.unlink()
        return True


cache = LyricCache("/var/cache/karaoke/lyrics")


@app.get("/admin/lyric-cache")
def list_cache(staff=Depends(require_support_staff)):
    return {"entries": cache.entries()}


@app.delete("/admin/lyric-cache/{name:path}")
def evict_entry(name: str, staff=Depends(require_support_staff)):
    if not cache.evict(name):
        raise HTTPException(status_code=404, detail="not cached")
    log.info("lyric cache entry %s evicted by %s", name, staff.username)
    return {"evicted": name}
