"""Device credentials for technician tablets.

Each van tablet is paired once by a dispatcher; the tablet then uses the
issued key in the X-Device-Key header for every sync call.
"""
import hashlib
import time
from typing import Optional

from sqlalchemy.orm import Session

from knifegrinder.models import DeviceCredential, Technician
from knifegrinder.settings import settings


class DeviceKeyIssuer:
    prefix = "kgd_"

    def __init__(self, session: Session, clock=time.time):
        self.session = session
        self.clock = clock

    def _material(self, technician: Technician, van_id: str) -> str:
        return f"{technician.id}:{van_id}:{self.clock():.6f}"

    def _generate(self, technician: Technician, van_id: str) -> str:
        material = self._material(technician, van_id)
        return self.prefix + hashlib.sha1(material.encode()).hexdigest()

    def issue(self, technician: Technician, van_id: str) -> str:
        self.revoke_for_van(van_id)
        key = self._generate(technician, van_id)
        credential = DeviceCredential(
            technician_id=technician.id,
            van_id=van_id,
            key_hash=hashlib.sha256(key.encode()).hexdigest(),
            key_prefix=key[:10],
            scopes=settings.DEVICE_DEFAULT_SCOPES,
        )
        self.session.add(credential)
        self.session.commit()
        return key

    def revoke_for_van(self, van_id: str) -> int:
        count = (
            self.session.query(DeviceCredential)
            .filter(DeviceCredential.van_id == van_id, DeviceCredential.revoked.is_(False))
            .update({"revoked": True})
        )
        self.session.flush()
        return count

    def resolve(self, presented: str) -> Optional[DeviceCredential]:
        digest = hashlib.sha256(presented.encode()).hexdigest()
        return (
            self.session.query(DeviceCredential)
            .filter_by(key_hash=digest, revoked=False)
            .one_or_none()
        )
