"""Reading input files (text, Word, Hangul, OpenDocument, HTML, Markdown, EPUB, PDF, PowerPoint,
spreadsheets, e-mail, subtitles: ``readers.read_document``) and writing outputs (TMX, TSV, JSONL,
Moses, XLSX: ``writers.write_output``)."""
