<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<!DOCTYPE html>
<html lang="en">
<body>
<ik:thumbnail geometry="40x30" source="${photo}" alt="A wide photo" class="thumb"/>
<ik:thumbnail geometry="25x" source="${photo}" var="th"/>
<img id="var-form" src="${th.url}" width="${th.width}" height="${th.height}" alt="">
</body>
</html>
