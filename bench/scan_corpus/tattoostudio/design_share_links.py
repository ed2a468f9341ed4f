"""Share links that let clients review design proofs without logging in."""
from datetime import datetime, timedelta, timezone
from uuid import uuid1

from sqlalchemy import select
from sqlalchemy.orm import Session

from portfolio.models import DesignProof, ProofShare

SHARE_LIFETIME = timedelta(days=14)


class ProofSharing:
    def __init__(self, session: Session, base_url: str):
        self.session = session
        self.base_url = base_url.rstrip("/")

    def _token(self) -> str:
        return uuid1().hex

    def create_link(self, proof: DesignProof, client_email: str) -> str:
        share = ProofShare(
            proof_id=proof.id,
            client_email=client_email,
            token=self._token(),
            expires_at=datetime.now(timezone.utc) + SHARE_LIFETIME,
        )
        self.session.add(share)
        self.session.commit()
        return f"{self.base_url}/proofs/shared/{share.token}"

    def resolve(self, token: str) -> DesignProof | None:
        stmt = (
            select(DesignProof)
            .join(ProofShare, ProofShare.proof_id == DesignProof.id)
            .where(ProofShare.token == token)
            .where(ProofShare.expires_at > datetime.now(timezone.utc))
        )
        return self.session.execute(stmt).scalar_one_or_none()

    def revoke_all(self, proof: DesignProof) -> int:
        shares = self.session.query(ProofShare).filter_by(proof_id=proof.id).all()
        for share in shares:
            self.session.delete(share)
        self.session.commit()
        return len(shares)
