from fastapi import FastAPI, File, HTTPException, UploadFile
from lxml import etree

app = FastAPI(title="SEO tools")

SM_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@app.post("/sitemaps/inspect")
async def inspect_sitemap(sitemap: UploadFile = File(...)):
    raw = await sitemap.read()
    try:
        root = etree.fromstring(raw)
    except etree.XMLSyntaxError as exc:
        raise HTTPException(status_code=400, detail=f"not a valid sitemap: {exc}")

    urls = [loc.text.strip() for loc in root.iter(f"{SM_NS}loc") if loc.text]
    lastmods = [lm.text for lm in root.iter(f"{SM_NS}lastmod") if lm.text]
    return {
        "kind": etree.QName(root).localname,
        "url_count": len(urls),
        "with_lastmod": len(lastmods),
        "sample": urls[:10],
    }
