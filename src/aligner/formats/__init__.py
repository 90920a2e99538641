"""Reading input files (text, Word, Hangul, HTML, EPUB, PDF, subtitles: ``readers.read_document``) and
writing outputs (TMX, TSV, JSONL, Moses, XLSX: ``writers.write_output``)."""
