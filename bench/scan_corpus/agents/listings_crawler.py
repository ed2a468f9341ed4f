"""Crawls rental listing pages for the market-data ETL."""
import logging
import time
from collections.abc import Iterable, Iterator

import requests
from bs4 import BeautifulSoup

log = logging.getLogger(__name__)

UPSTREAM_PROXY = "http://159.89.49.172:8118"
REQUEST_DELAY_S = 2.0


def build_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) listings-crawler/1.4"
    session.proxies.update({"http": UPSTREAM_PROXY, "https": UPSTREAM_PROXY})
    return session


def parse_listing(html: str) -> dict:
    soup = BeautifulSoup(html, "html.parser")
    price = soup.select_one("[data-testid=price]")
    beds = soup.select_one("[data-testid=beds]")
    return {
        "title": soup.title.get_text(strip=True) if soup.title else "",
        "price": price.get_text(strip=True) if price else None,
        "beds": beds.get_text(strip=True) if beds else None,
    }


def crawl(urls: Iterable[str]) -> Iterator[dict]:
    session = build_session()
    for url in urls:
        try:
            resp = session.get(url, timeout=20)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("failed %s: %s", url, exc)
            continue
        record = parse_listing(resp.text)
        record["url"] = url
        yield record
        time.sleep(REQUEST_DELAY_S)
