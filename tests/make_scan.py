"""Scan-like PDF from a text PDF: render pages, add noise and a slight rotation, wrap in PDF.

usage: python tests/make_scan.py SRC.pdf DST.pdf
"""
import sys

import numpy as np
import pdfplumber
from PIL import Image, ImageFilter


def make_scan(src, dst, dpi: int = 200) -> None:
    rng = np.random.default_rng(7)
    pages = []
    with pdfplumber.open(src) as pdf:
        for i, p in enumerate(pdf.pages):
            img = p.to_image(resolution=dpi).original.convert("L")
            img = img.rotate([0.8, -0.6, 0.5][i % 3], resample=Image.Resampling.BICUBIC, fillcolor=255)
            a = np.asarray(img).astype(np.int16)
            a = a + rng.normal(0, 18, a.shape).astype(np.int16)
            a[rng.random(a.shape) < 0.002] = 0
            img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))
            pages.append(img)
    pages[0].save(dst, save_all=True, append_images=pages[1:], resolution=dpi)


if __name__ == "__main__":
    make_scan(sys.argv[1], sys.argv[2])
