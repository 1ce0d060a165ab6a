# Copies what a static host serves into DIST: the shell from web/, the compiled app, the bundled data.
# Runs on every build (cheap) so an edited web/ or assets/data/ file is never stale in dist/.
file(MAKE_DIRECTORY "${DIST}/data")
file(GLOB web_files "${SRC}/web/*")
file(GLOB data_files "${SRC}/assets/data/*.json")
foreach(f ${web_files} "${APP_DIR}/alma.js" "${APP_DIR}/alma.wasm")
  file(COPY "${f}" DESTINATION "${DIST}")
endforeach()
foreach(f ${data_files})
  file(COPY "${f}" DESTINATION "${DIST}/data")
endforeach()
