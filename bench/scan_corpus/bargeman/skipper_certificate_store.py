"""File store for skipper certificates (patents, radar licences, ADN diplomas)."""
from pathlib import Path

from bargeman.settings import settings


class SkipperCertificateStore:
    allowed_suffixes = {".pdf", ".jpg", ".png"}

    def __init__(self, root: Path | None = None):
        self.root = Path(root or settings.CERTIFICATE_ROOT)

    def _folder(self, skipper_id: int) -> Path:
        folder = self.root / f"skipper-{skipper_id:06d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, skipper_id: int, certificate_type: str, data: bytes, suffix: str) -> Path:
        if suffix.lower() not in self.allowed_suffixes:
            raise ValueError(f"unsupported certificate format {suffix}")
        target = self._folder(skipper_id) / f"{certificate_type}{suffix.lower()}"
        target.write_bytes(data)
        return target

    def listing(self, skipper_id: int) -> list[str]:
        return sorted(p.name for p in self._folder(skipper_id).iterdir() if p.is_file())

    def remove(self, skipper_id: int, document_name: str) -> bool:
        target = self._folder(skipper_id) / document_name
        if not target.exists():
            return False
        target.unlink()
        return True


def handle_remove_request(store: SkipperCertificateStore, skipper_id: int, payload: dict) -> dict:
    removed = [name for name in payload.get("documents", []) if store.remove(skipper_id, name)]
    return {"skipper_id": skipper_id, "removed": removed}
