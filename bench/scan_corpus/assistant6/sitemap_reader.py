"""Read partner sitemaps to seed the crawler queue."""
from defusedxml import ElementTree as ET

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def urls_from_sitemap(xml_text: str, limit: int = 5000) -> list[str]:
    root = ET.fromstring(xml_text)
    urls = []
    for loc in root.iterfind("sm:url/sm:loc", SITEMAP_NS):
        if loc.text:
            urls.append(loc.text.strip())
        if len(urls) >= limit:
            break
    return urls
