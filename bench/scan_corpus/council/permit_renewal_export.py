"""Export upcoming resident parking permit renewals for the mailing house."""
import csv
import logging
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

from parking.permits import permits_expiring_between

log = logging.getLogger(__name__)

OUTBOX = Path(os.environ.get("PERMIT_MAILING_OUTBOX", "/srv/parking/outbox"))
COLUMNS = ["permit_no", "zone", "vrm", "holder", "address", "expires_on"]


def export_renewals(days_ahead: int = 28) -> Path | None:
    start = date.today()
    permits = permits_expiring_between(start, start + timedelta(days=days_ahead))
    if not permits:
        return None

    OUTBOX.mkdir(parents=True, exist_ok=True)
    # write next to the destination so the final rename is atomic
    with tempfile.NamedTemporaryFile(
        "w", dir=OUTBOX, prefix=".renewals_", suffix=".csv", newline="", delete=False
    ) as tmp:
        writer = csv.writer(tmp)
        writer.writerow(COLUMNS)
        for p in permits:
            writer.writerow([p.permit_no, p.zone, p.vrm, p.holder, p.address, p.expires_on.isoformat()])
        tmp_path = Path(tmp.name)

    final = OUTBOX / f"permit_renewals_{start:%Y%m%d}.csv"
    os.replace(tmp_path, final)
    log.info("Exported %d renewals to %s", len(permits), final.name)
    return final
