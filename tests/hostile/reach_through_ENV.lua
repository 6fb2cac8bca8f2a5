-- expect: unknown global 'os': modules cannot use it
return _ENV.os.execute("true")
