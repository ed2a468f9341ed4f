"""Short access codes printed on the memorial folder.

Guests can enter the code on the website to reach the private livestream and
photo gallery for a service. Codes avoid look-alike characters.
"""
import secrets as _sec
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from fhgroup.livestream.models import ServiceAccessCode

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
CODE_LIFETIME = timedelta(days=30)


class AccessCodeService:
    alphabet = CODE_ALPHABET
    length = CODE_LENGTH
    _choose = staticmethod(_sec.choice)

    def __init__(self, session: Session):
        self.session = session

    def _generate(self) -> str:
        return "".join(self._choose(self.alphabet) for _ in range(self.length))

    def issue(self, service_id: int) -> ServiceAccessCode:
        for _ in range(5):
            code = self._generate()
            exists = self.session.query(ServiceAccessCode).filter_by(code=code).first()
            if exists is None:
                break
        else:
            raise RuntimeError("could not allocate a unique access code")
        record = ServiceAccessCode(
            service_id=service_id,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_LIFETIME,
        )
        self.session.add(record)
        self.session.commit()
        return record

    @staticmethod
    def format_for_print(code: str) -> str:
        return "-".join(code[i : i + 5] for i in range(0, len(code), 5))
