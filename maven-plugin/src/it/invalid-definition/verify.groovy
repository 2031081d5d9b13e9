// sfn:validate stopped the build at the definition error, with file, location and code.
def log = new File(basedir, 'build.log').text

assert log.contains('src/main/resources/broken.asl.json:/States/Charge/Next: ERROR MISSING_TRANSITION_TARGET:')
assert log.contains('src/main/resources/broken.asl.json:/States: ERROR MISSING_END_STATE:')
assert log.contains('Validated 1 definition: 2 errors')
assert log.contains('Invalid state machine definitions (2 errors)')
assert log.contains('BUILD FAILURE')
// The verify phase never ran.
assert !new File(basedir, 'target/sfn-reports').exists()
return true
