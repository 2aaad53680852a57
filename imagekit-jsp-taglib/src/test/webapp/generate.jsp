<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<!DOCTYPE html>
<html><body>
<ik:generateimage spec="${param.spec}" source="${param.src}" alt="${param.alt}"
                  class="avatar" loading="lazy"/>
</body></html>
