# Turns a binary file into a C++ source defining `const unsigned char NAME[]` and `NAME_size`.
# Used for assets the app must have without any fetch (the font), so the one-file offline
# build works from file:// too. Run as: cmake -DIN=… -DOUT=… -DNAME=… -P EmbedFile.cmake
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" n)
math(EXPR bytes "${n} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" body "${body}")
file(WRITE "${OUT}" "// generated from ${IN}; do not edit\n#include <cstddef>\nextern const unsigned char ${NAME}[] = {\n${body}\n};\nextern const std::size_t ${NAME}_size = ${bytes};\n")
