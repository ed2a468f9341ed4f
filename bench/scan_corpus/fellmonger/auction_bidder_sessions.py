"""Session handling for tannery bidders connected to the live lot auction."""
import hashlib
import time
from dataclasses import dataclass, field

import redis

from fellmonger.settings import AUCTION_REDIS_URL, BID_SESSION_TTL


@dataclass
class BidderSession:
    session_id: str
    buyer_id: int
    sale_code: str
    opened_at: float = field(default_factory=time.time)


class BidderSessionManager:
    prefix = "auction:bidder:"

    def __init__(self, client: redis.Redis | None = None):
        self.redis = client or redis.Redis.from_url(AUCTION_REDIS_URL)

    def _make_id(self, buyer_id: int, sale_code: str) -> str:
        seed = f"{buyer_id}:{sale_code}:{time.time_ns()}"
        return hashlib.sha256(seed.encode()).hexdigest()

    def open(self, buyer_id: int, sale_code: str) -> BidderSession:
        session = BidderSession(self._make_id(buyer_id, sale_code), buyer_id, sale_code)
        key = self.prefix + session.session_id
        self.redis.hset(key, mapping={"buyer_id": buyer_id, "sale_code": sale_code})
        self.redis.expire(key, BID_SESSION_TTL)
        return session

    def resolve(self, session_id: str) -> BidderSession | None:
        data = self.redis.hgetall(self.prefix + session_id)
        if not data:
            return None
        self.redis.expire(self.prefix + session_id, BID_SESSION_TTL)
        return BidderSession(
            session_id=session_id,
            buyer_id=int(data[b"buyer_id"]),
            sale_code=data[b"sale_code"].decode(),
        )

    def close(self, session_id: str) -> None:
        self.redis.delete(self.prefix + session_id)
