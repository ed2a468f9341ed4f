"""State machine for tanning drum batches: loading -> tanning -> basified -> unloaded."""
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum


class BatchStatus(str, Enum):
    PLANNED = "planned"
    LOADING = "loading"
    TANNING = "tanning"
    BASIFIED = "basified"
    UNLOADED = "unloaded"
    CANCELLED = "cancelled"


ALLOWED = {
    BatchStatus.PLANNED: {BatchStatus.LOADING, BatchStatus.CANCELLED},
    BatchStatus.LOADING: {BatchStatus.TANNING, BatchStatus.CANCELLED},
    BatchStatus.TANNING: {BatchStatus.BASIFIED},
    BatchStatus.BASIFIED: {BatchStatus.UNLOADED},
}


class TransitionError(Exception):
    pass


@dataclass
class DrumBatch:
    batch_ref: str
    drum_no: int
    recipe_code: str
    recipe_version: int
    status: BatchStatus = BatchStatus.PLANNED
    history: list[tuple[BatchStatus, datetime]] = field(default_factory=list)

    def advance(self, new_status: BatchStatus, recipe_version_on_panel: int) -> None:
        if new_status not in ALLOWED.get(self.status, set()):
            raise TransitionError(f"{self.batch_ref}: {self.status.value} -> {new_status.value}")
        if new_status == BatchStatus.TANNING and recipe_version_on_panel != self.recipe_version:
            raise TransitionError(
                f"{self.batch_ref}: drum panel runs recipe v{recipe_version_on_panel}, "
                f"batch planned with v{self.recipe_version}"
            )
        self.history.append((self.status, datetime.now(timezone.utc)))
        self.status = new_status

    @property
    def is_open(self) -> bool:
        return self.status not in (BatchStatus.UNLOADED, BatchStatus.CANCELLED)


def drums_in_use(batches: list[DrumBatch]) -> set[int]:
    return {b.drum_no for b in batches if b.is_open and b.status != BatchStatus.PLANNED}
