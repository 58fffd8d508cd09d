"""Building the collection: discover the input files, analyse them (cache, process
pool or Dask, progress) and gather the corpus; the build settings."""
