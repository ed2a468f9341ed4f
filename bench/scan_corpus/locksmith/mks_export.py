"""Export a master-key system (MKS) schedule for a customer's facilities team.

Exports contain bitting data, so the file is encrypted; the facilities
team opens it with the viewer in the customer portal.
"""
import csv
import io
from datetime import date

from cryptography.fernet import Fernet


class MKSExporter:
    EXPORT_KEY = b"ZOY81HwyWWD34SJ1kJueLa-qFfTMaD9RlaPTsWGAhqs="
    COLUMNS = ("level", "key_symbol", "bitting", "doors", "holder")

    def __init__(self, system):
        self.system = system
        self._fernet = Fernet(self.EXPORT_KEY)

    def _rows(self):
        for key in self.system.keys_in_order():
            yield {
                "level": key.level,          # GGM, GM, M, change
                "key_symbol": key.symbol,    # e.g. "AA1", "AB3"
                "bitting": key.bitting,
                "doors": ";".join(d.label for d in key.doors),
                "holder": key.holder or "",
            }

    def to_csv(self) -> bytes:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=self.COLUMNS)
        writer.writeheader()
        writer.writerows(self._rows())
        return buf.getvalue().encode("utf-8")

    def export(self) -> tuple[str, bytes]:
        name = f"mks-{self.system.code}-{date.today():%Y%m%d}.csv.enc"
        return name, self._fernet.encrypt(self.to_csv())
